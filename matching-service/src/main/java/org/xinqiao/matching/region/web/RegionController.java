package org.xinqiao.matching.region.web;

import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.xinqiao.matching.region.Province;
import org.xinqiao.matching.region.Regions;

/** Reference data: the province-level divisions, for any authenticated caller. */
@RestController
class RegionController {

  record ProvinceResponse(String code, String nameZh, String nameEn, String macroArea, long population,
      List<String> neighbours) {
    static ProvinceResponse of(Province p) {
      return new ProvinceResponse(p.code(), p.nameZh(), p.nameEn(), p.macroArea().name(), p.population(),
          p.neighbours().stream().sorted().toList());
    }
  }

  private final Regions regions;

  RegionController(Regions regions) {
    this.regions = regions;
  }

  @GetMapping("/api/v1/regions")
  List<ProvinceResponse> list() {
    return regions.all().stream().map(ProvinceResponse::of).toList();
  }

  @GetMapping("/api/v1/regions/{code:\\d{6}}")
  ProvinceResponse get(@PathVariable String code) {
    return ProvinceResponse.of(regions.get(code));
  }
}

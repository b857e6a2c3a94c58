package org.xinqiao.records.client.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.xinqiao.kit.security.Actor;
import org.xinqiao.records.client.AgeGroup;
import org.xinqiao.records.client.ClientService;
import org.xinqiao.records.client.ClientView;
import org.xinqiao.records.client.Identity;
import org.xinqiao.records.client.Registration;
import org.xinqiao.records.common.PageView;
import org.xinqiao.records.common.Paging;
import org.xinqiao.records.rights.DataExport;
import org.xinqiao.records.rights.DataRightsService;

/** Pseudonymous clients: registration by a partner, reads, export, erasure and break-glass. */
@RestController
@RequestMapping("/api/v1/clients")
class ClientController {

  private final ClientService clients;
  private final DataRightsService rights;

  ClientController(ClientService clients, DataRightsService rights) {
    this.clients = clients;
    this.rights = rights;
  }

  record RegisterClientRequest(
      @NotBlank @Size(max = 64) String partnerRef,
      @NotNull @Pattern(regexp = "[0-9]{6}") String provinceCode,
      @NotEmpty @Size(max = 5) List<@Pattern(regexp = "[a-z]{2,3}(-[A-Za-z0-9]{2,8})*") String> languages,
      @NotNull AgeGroup ageGroup,
      @Size(max = 20) String gender,
      @Valid IdentityRequest identity) {}

  record IdentityRequest(@Size(max = 100) String realName, @Size(max = 30) String phone,
      @Size(max = 200) String location, @Valid EmergencyContactRequest emergencyContact) {}

  record EmergencyContactRequest(@Size(max = 100) String name, @Size(max = 30) String phone,
      @Size(max = 50) String relationship) {}

  @PostMapping
  @PreAuthorize("hasRole('partner')")
  ResponseEntity<ClientView> register(@Valid @RequestBody RegisterClientRequest request,
      @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey, Actor actor) {
    IdentityRequest i = request.identity();
    Identity identity = i == null ? Identity.NONE : new Identity(i.realName(), i.phone(), i.location(),
        i.emergencyContact() == null ? null : new Identity.EmergencyContact(i.emergencyContact().name(),
            i.emergencyContact().phone(), i.emergencyContact().relationship()));
    ClientView view = clients.register(actor, new Registration(request.partnerRef(), request.provinceCode(),
        request.languages(), request.ageGroup(), request.gender(), identity), idempotencyKey);
    return ResponseEntity.created(URI.create("/api/v1/clients/" + view.id())).body(view);
  }

  @GetMapping
  @PreAuthorize("hasAnyRole('partner','client')")
  PageView<ClientView> list(@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
      Actor actor) {
    return clients.list(actor, Paging.of(page, size));
  }

  @GetMapping("/{id}")
  ClientView get(@PathVariable String id, Actor actor) {
    return clients.get(actor, id);
  }

  @GetMapping("/{id}/export")
  DataExport export(@PathVariable String id, Actor actor) {
    return rights.export(actor, id);
  }

  @DeleteMapping("/{id}")
  ClientView erase(@PathVariable String id, Actor actor) {
    return clients.erase(actor, id);
  }

  @GetMapping("/{id}/emergency-contact")
  ClientService.EmergencyDetails emergencyContact(@PathVariable String id,
      @RequestParam(required = false) String caseId, Actor actor) {
    return clients.emergencyContact(actor, id, caseId);
  }
}

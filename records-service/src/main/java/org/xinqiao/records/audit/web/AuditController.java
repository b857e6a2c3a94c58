package org.xinqiao.records.audit.web;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.xinqiao.records.audit.AuditChain;
import org.xinqiao.records.audit.AuditEntry;
import org.xinqiao.records.audit.AuditLog;
import org.xinqiao.records.common.PageView;
import org.xinqiao.records.common.Paging;

/** The audit log for auditors: entries (optionally of one client) and a verification of the whole chain. */
@RestController
@RequestMapping("/api/v1/audit")
@PreAuthorize("hasRole('auditor')")
class AuditController {

  private final AuditLog audit;

  AuditController(AuditLog audit) {
    this.audit = audit;
  }

  @GetMapping
  PageView<AuditEntry> entries(@RequestParam(required = false) String clientId,
      @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
    return audit.list(clientId, Paging.of(page, size));
  }

  @GetMapping("/verify")
  AuditChain.Verification verify() {
    return audit.verify();
  }
}

package fr.ctg.platform.security;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Auditors and administrators read the account log, oldest first, a page at a time. */
@RestController
@Validated
public class AccountLogController {

    private final AccountLog log;

    AccountLogController(AccountLog log) {
        this.log = log;
    }

    @GetMapping("/api/v1/audit/accounts/log")
    public AccountLog.Page page(@RequestParam(required = false) @Pattern(regexp = AdminController.USERNAME) String account,
                                @RequestParam(defaultValue = "0") @Min(0) @Max(1_000_000) int page,
                                @RequestParam(defaultValue = "100") @Min(1) @Max(500) int size) {
        return log.page(account, page, size);
    }
}

package fr.ctg.audit.chain;

import fr.ctg.audit.web.AuditRequestException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.Map;

/** Verify the hash chains, and read their heads to print in a signed report. */
@RestController
@RequestMapping("/api/v1/audit")
public class ChainController {

    private final ChainVerifier verifier;
    private final ChainHeads heads;

    ChainController(ChainVerifier verifier, ChainHeads heads) {
        this.verifier = verifier;
        this.heads = heads;
    }

    /** Heads signed earlier, to prove nothing was cut off the end of a chain since. */
    public record VerifyRequest(Map<String, String> expectedHeads) {
    }

    /** Always 200: a broken chain is a finding of the audit, not a failure of the request. */
    @PostMapping("/verify")
    public VerifyReport verify(@RequestParam(required = false) String conventionId,
                               @RequestBody(required = false) VerifyRequest request) {
        return verifier.verify(conventionId, request == null ? null : request.expectedHeads());
    }

    @GetMapping("/conventions/{conventionId}/head")
    public ChainHead head(@PathVariable String conventionId) {
        return heads.of(conventionId).orElseThrow(() -> AuditRequestException.unknownConvention(conventionId));
    }

    @GetMapping("/heads")
    public List<ChainHead> heads() {
        return heads.all();
    }
}

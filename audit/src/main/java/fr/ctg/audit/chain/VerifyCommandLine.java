package fr.ctg.audit.chain;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.stereotype.Component;

import java.io.PrintStream;
import java.util.List;

/**
 * {@code java -jar app/target/ctg-app.jar --ctg.audit.verify}: verifies every chain, prints the report and the
 * heads, and exits with status 0 when intact, 1 when broken. {@code --ctg.audit.verify=<conventionId>} checks one.
 */
@Component
@ConditionalOnProperty(VerifyCommandLine.PROPERTY)
class VerifyCommandLine implements ApplicationRunner, ExitCodeGenerator {

    static final String PROPERTY = "ctg.audit.verify";

    private final ChainVerifier verifier;
    private final ChainHeads heads;
    private final ConfigurableApplicationContext context;
    private final String target;
    private final boolean exit;
    private final PrintStream out = System.out;
    private int exitCode;

    VerifyCommandLine(ChainVerifier verifier, ChainHeads heads, ConfigurableApplicationContext context,
                      @Value("${" + PROPERTY + "}") String target,
                      // Tests keep the JVM alive; operators get a process that ends with the verdict.
                      @Value("${ctg.audit.verify-exits:true}") boolean exit) {
        this.verifier = verifier;
        this.heads = heads;
        this.context = context;
        this.target = target.isBlank() || "true".equalsIgnoreCase(target) ? null : target;
        this.exit = exit;
    }

    @Override
    public void run(ApplicationArguments args) throws Exception {
        VerifyReport report = verifier.verify(target, null);
        List<ChainHead> chainHeads = target == null ? heads.all() : heads.of(target).stream().toList();
        out.print(report.text());
        for (ChainHead head : chainHeads) {
            out.println("  HEAD convention=" + head.conventionId() + " sequence=" + head.sequenceNumber()
                    + " position=" + head.globalPosition() + " hash=" + head.hash());
        }
        out.println(new ObjectMapper().findAndRegisterModules().enable(SerializationFeature.INDENT_OUTPUT)
                .writeValueAsString(report));
        out.flush();
        exitCode = report.intact() ? 0 : 1;
        if (exit) {
            System.exit(SpringApplication.exit(context, this));
        }
    }

    @Override
    public int getExitCode() {
        return exitCode;
    }
}

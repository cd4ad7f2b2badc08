package fr.ctg.dashboard.web;

import org.junit.jupiter.api.Test;
import org.springframework.asm.ClassReader;
import org.springframework.asm.ClassVisitor;
import org.springframework.asm.MethodVisitor;
import org.springframework.asm.Opcodes;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import java.io.IOException;
import java.io.InputStream;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every rule the command side can answer has a French text on the pages, and so has every refusal of an upload by
 * the document store (platform), which the same forms show. The rules are read from the compiled code: each string
 * constant shaped like a rule code ({@code lower-case-words}) that those classes load is one (they use such
 * constants for nothing else), so a new rule without a text fails here.
 */
class RuleTextsTest {

    private static final Pattern RULE = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)+");

    @Test
    void everyRuleOfTheCommandSideHasAFrenchText() throws IOException {
        Set<String> rules = commandSideRules();
        assertThat(rules).as("rules found in the command side's classes")
                .contains("vote-before-presentation", "quorum-not-reached", "party-cannot-sign-yet",
                        "receipt-actes-id-mismatch", "document-type-not-allowed", "xml-doctype-refused");

        assertThat(rules).allSatisfy(rule -> assertThat(new Labels().rule(rule)).as(rule).isNotBlank());
    }

    private static Set<String> commandSideRules() throws IOException {
        Set<String> rules = new TreeSet<>();
        PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();
        for (String classes : new String[]{"classpath*:fr/ctg/command/**/*.class",
                "classpath*:fr/ctg/platform/documents/**/*.class"}) {
            for (Resource type : resolver.getResources(classes)) {
                try (InputStream in = type.getInputStream()) {
                    new ClassReader(in).accept(new ConstantsCollector(rules), ClassReader.SKIP_DEBUG);
                }
            }
        }
        return rules;
    }

    /** Collects the string constants that the methods load ({@code ldc}). */
    private static final class ConstantsCollector extends ClassVisitor {

        private final Set<String> rules;

        ConstantsCollector(Set<String> rules) {
            super(Opcodes.ASM9);
            this.rules = rules;
        }

        @Override
        public MethodVisitor visitMethod(int access, String name, String descriptor, String signature,
                                         String[] exceptions) {
            return new MethodVisitor(Opcodes.ASM9) {
                @Override
                public void visitLdcInsn(Object value) {
                    if (value instanceof String text && RULE.matcher(text).matches()) {
                        rules.add(text);
                    }
                }
            };
        }
    }
}

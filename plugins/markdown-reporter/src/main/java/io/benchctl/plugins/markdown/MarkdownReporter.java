package io.benchctl.plugins.markdown;

import io.benchctl.api.report.ReportContext;
import io.benchctl.api.report.Reporter;
import io.benchctl.api.result.RunResult;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.function.UnaryOperator;
import org.pf4j.Extension;

/**
 * Writes {@code <runId>.md}: a GitHub-flavoured summary of the run. In a GitHub Actions job
 * ({@code $GITHUB_STEP_SUMMARY} set) the same text is appended to the job summary too.
 */
@Extension
public final class MarkdownReporter implements Reporter {

    static final String STEP_SUMMARY = "GITHUB_STEP_SUMMARY";

    private final UnaryOperator<String> environment;

    public MarkdownReporter() {
        this(System::getenv);
    }

    /** For tests: reads environment variables through {@code environment}. */
    MarkdownReporter(UnaryOperator<String> environment) {
        this.environment = environment;
    }

    @Override
    public String id() {
        return "markdown";
    }

    @Override
    public String description() {
        return "GitHub-flavoured Markdown summary (and the GitHub Actions job summary)";
    }

    @Override
    public void write(RunResult result, ReportContext context) throws IOException {
        byte[] markdown = MarkdownDocument.render(result).getBytes(StandardCharsets.UTF_8);
        Path written = context.writeAtomically(result.runId() + ".md", markdown);
        String stepSummary = environment.apply(STEP_SUMMARY);
        if (stepSummary != null && !stepSummary.isBlank()) {
            Files.write(Path.of(stepSummary), markdown, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        }
        if (!context.quiet()) {
            context.console().println("markdown: " + written);
        }
    }
}

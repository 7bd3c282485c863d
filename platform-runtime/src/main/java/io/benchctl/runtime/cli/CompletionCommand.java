package io.benchctl.runtime.cli;

import java.io.PrintWriter;
import picocli.AutoComplete;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code benchctl completion bash|zsh}: a completion script, generated from the command model. */
@Command(
        name = "completion",
        mixinStandardHelpOptions = true,
        description = "Print a shell completion script: source <(benchctl completion bash)")
final class CompletionCommand implements Runnable {
    enum Shell {
        bash,
        zsh
    }

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "SHELL", description = "bash or zsh")
    Shell shell;

    @Override
    public void run() {
        String script = AutoComplete.bash("benchctl", spec.root().commandLine());
        PrintWriter out = spec.commandLine().getOut();
        if (shell == Shell.zsh) {
            // picocli's script is bash; zsh runs it through bashcompinit.
            out.println("autoload -U +X compinit && compinit");
            out.println("autoload -U +X bashcompinit && bashcompinit");
        }
        out.print(script);
        out.flush();
    }
}

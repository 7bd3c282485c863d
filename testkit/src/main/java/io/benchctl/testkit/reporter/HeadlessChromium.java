package io.benchctl.testkit.reporter;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.apiguardian.api.API;

/**
 * Debian's {@code chromium} in headless mode, to check a report as a reader sees it: a
 * screenshot, and where chosen elements are laid out. {@code scripts/install-test-deps.sh}
 * installs it. Each call runs a fresh browser with a profile folder of its own, so calls never
 * share state, and waits a bounded time for it.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class HeadlessChromium {

    private static final Path DEBIAN = Path.of("/usr/bin/chromium");
    private static final long TIMEOUT_SECONDS = 120;
    private static final String LAYOUT_ID = "benchctl-layout";

    private final Path executable;

    private HeadlessChromium(Path executable) {
        this.executable = executable;
    }

    /** The installed browser, if there is one. */
    public static Optional<HeadlessChromium> find() {
        return Files.isExecutable(DEBIAN) ? Optional.of(new HeadlessChromium(DEBIAN)) : Optional.empty();
    }

    /**
     * True where a missing browser must fail the test instead of skipping it: under
     * {@code CI=true} as root, where the test setup can always install it.
     */
    public static boolean required() {
        return "true".equals(System.getenv("CI")) && "root".equals(System.getProperty("user.name"));
    }

    /** Why tests that need the browser cannot run here. */
    public static String missingReason() {
        return "no " + DEBIAN + " (scripts/install-test-deps.sh installs Debian's chromium as root)";
    }

    /**
     * Where an element is drawn, in CSS pixels from the top-left of the page.
     *
     * @param index which match of the selector, in document order
     * @param visible it has an area and is neither {@code display: none} nor hidden
     */
    @API(status = EXPERIMENTAL, since = "0.1")
    public record Box(String selector, int index, int top, int left, int width, int height, boolean visible) {}

    /** Saves what a window of this size shows of the page, from its top, as a PNG. */
    public void screenshot(Path page, int width, int height, Path png, Path workDir) throws IOException {
        run(
                workDir,
                "--window-size=" + width + "," + height,
                "--screenshot=" + png,
                page.toUri().toString());
        if (!Files.isRegularFile(png)) {
            throw new IOException("chromium wrote no screenshot: " + log(workDir));
        }
    }

    /**
     * Lays the page out in a window this wide and tells where every element matching each CSS
     * selector is. The page itself stays untouched (reports carry no script): a copy with a
     * measuring script appended is what the browser opens.
     */
    public List<Box> layout(Path page, int width, List<String> selectors, Path workDir) throws IOException {
        String html = Files.readString(page);
        int end = html.lastIndexOf("</body>");
        if (end < 0) {
            throw new IOException(page + " has no </body>");
        }
        Path measured = workDir.resolve("measured-" + page.getFileName());
        Files.writeString(measured, html.substring(0, end) + script(selectors) + html.substring(end));
        String dom = run(
                workDir,
                "--window-size=" + width + ",900",
                "--dump-dom",
                measured.toUri().toString());
        int start = dom.indexOf("<pre id=\"" + LAYOUT_ID + "\">");
        if (start < 0) {
            throw new IOException("chromium's DOM has no layout (did the script run?): " + log(workDir));
        }
        String text = dom.substring(dom.indexOf('>', start) + 1, dom.indexOf("</pre>", start));
        List<Box> boxes = new ArrayList<>();
        for (String line : unescape(text).split("\n")) {
            if (line.isBlank()) {
                continue;
            }
            String[] f = line.split("\t");
            boxes.add(new Box(
                    f[0],
                    Integer.parseInt(f[1]),
                    Integer.parseInt(f[2]),
                    Integer.parseInt(f[3]),
                    Integer.parseInt(f[4]),
                    Integer.parseInt(f[5]),
                    Boolean.parseBoolean(f[6])));
        }
        return boxes;
    }

    private static String script(List<String> selectors) {
        String list = selectors.stream()
                .map(s -> "'" + s.replace("\\", "\\\\").replace("'", "\\'") + "'")
                .collect(Collectors.joining(","));
        // Runs synchronously at the end of the body: layout is complete for everything before it.
        return "<script>(function(){var out=[];[" + list + "].forEach(function(sel){"
                + "document.querySelectorAll(sel).forEach(function(e,i){var r=e.getBoundingClientRect();"
                + "var cs=getComputedStyle(e);var v=r.width>0&&r.height>0&&cs.visibility!=='hidden'&&cs.display!=='none';"
                + "out.push([sel,i,Math.round(r.top+window.scrollY),Math.round(r.left+window.scrollX),"
                + "Math.round(r.width),Math.round(r.height),v].join('\\t'));});});"
                + "var pre=document.createElement('pre');pre.id='" + LAYOUT_ID + "';pre.textContent=out.join('\\n');"
                + "document.body.appendChild(pre);})();</script>";
    }

    private String run(Path workDir, String... arguments) throws IOException {
        Path profile = Files.createTempDirectory(workDir, "chromium-profile");
        List<String> command = new ArrayList<>(List.of(
                executable.toString(),
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--hide-scrollbars",
                "--user-data-dir=" + profile));
        command.addAll(List.of(arguments));
        Path out = workDir.resolve("chromium.out");
        Process chromium = new ProcessBuilder(command)
                .redirectOutput(out.toFile())
                .redirectError(workDir.resolve("chromium.log").toFile())
                .start();
        try {
            if (!chromium.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                chromium.destroyForcibly().waitFor();
                throw new IOException("chromium did not finish in " + TIMEOUT_SECONDS + " s: " + log(workDir));
            }
        } catch (InterruptedException e) {
            chromium.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while chromium ran", e);
        }
        if (chromium.exitValue() != 0) {
            throw new IOException("chromium exited with " + chromium.exitValue() + ": " + log(workDir));
        }
        return Files.readString(out, StandardCharsets.UTF_8);
    }

    private static String unescape(String text) {
        return text.replace("&lt;", "<")
                .replace("&gt;", ">")
                .replace("&quot;", "\"")
                .replace("&#39;", "'")
                .replace("&amp;", "&");
    }

    private static String log(Path workDir) {
        try {
            String log = Files.readString(workDir.resolve("chromium.log"));
            return log.length() > 2000 ? log.substring(log.length() - 2000) : log;
        } catch (IOException e) {
            return "no chromium log";
        }
    }
}

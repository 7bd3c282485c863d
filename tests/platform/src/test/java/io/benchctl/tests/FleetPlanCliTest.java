package io.benchctl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.benchctl.runtime.result.ResultCodec;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/** {@code benchctl fleet plan} as Ansible runs it: the launcher of the built distribution, a real process. */
class FleetPlanCliTest {

    @TempDir
    Path dir;

    record Exit(int code, String out, String err) {}

    private Exit benchctl(String... args) throws Exception {
        Path folder = Files.createTempDirectory(dir, "run");
        Process process = Fixtures.launch(folder, Map.of(), args);
        assertTrue(process.waitFor(120, TimeUnit.SECONDS), "benchctl fleet plan did not end");
        return new Exit(
                process.exitValue(),
                Files.readString(folder.resolve("stdout.txt")),
                Files.readString(folder.resolve("stderr.txt")));
    }

    @Test
    void aRingFromAnInventoryFileFollowsTheSchema() throws Exception {
        Path hosts = Files.writeString(dir.resolve("hosts.txt"), "# from the inventory\nnode-1\nnode-2\n\nnode-3\n");
        Path plan = dir.resolve("plan.json");

        Exit exit = benchctl("fleet", "plan", "--hosts", "@" + hosts, "--out", plan.toString());

        assertEquals(0, exit.code(), exit.err());
        assertEquals("wrote the pairing plan to " + plan + "\n", exit.err());
        assertEquals(List.of(), ResultSchema.validate("fleet-plan.schema.json", plan));
        JsonNode json = ResultCodec.mapper().readTree(Files.readString(plan));
        assertEquals("ring", json.path("pairing").asString());
        List<String> rounds = new ArrayList<>();
        for (JsonNode round : json.path("rounds")) {
            List<String> pairs = new ArrayList<>();
            round.forEach(pair -> pairs.add(
                    pair.path("client").asString() + ">" + pair.path("server").asString()));
            rounds.add(String.join(" ", pairs));
        }
        assertEquals(List.of("node-1>node-2", "node-2>node-3", "node-3>node-1"), rounds);

        Exit again = benchctl("fleet", "plan", "--hosts", "@" + hosts, "--out", plan.toString());
        assertEquals(2, again.code());
        assertEquals("benchctl: " + plan + " exists; add --force to replace it\n", again.err());
    }

    @Test
    void allPairsWithACapSaysWhichHostsItLeavesOut() throws Exception {
        Exit exit = benchctl(
                "fleet",
                "plan",
                "--hosts",
                "a,b,c,d,e",
                "--pairing",
                "all-pairs",
                "--max-pairs",
                "2",
                "--format",
                "text");

        assertEquals(0, exit.code(), exit.err());
        assertEquals("""
                pairing all-pairs: 5 host(s), 2 pair(s) in 1 round(s); a round's pairs share no host and may run at once
                not covered (in no pair): a
                round 1: b -> e, c -> d
                """, exit.out());
        assertEquals("benchctl: --max-pairs 2 leaves 1 host(s) in no pair: a\n", exit.err());
    }

    @Test
    void mistakesExitTwoWithOneLine() throws Exception {
        Path pairs = Files.writeString(dir.resolve("pairs.txt"), "# rack a to rack b\nh1 h3\nh2 h9\n");
        Path self = Files.writeString(dir.resolve("self.txt"), "h1 h2\n\nh3 h3\n");
        Map<List<String>, String> cases = Map.of(
                List.of("--hosts", "h1,h2,h3", "--pairing", "list", "--pairs", pairs.toString()),
                "benchctl: " + pairs + ":3: 'h9' is not one of --hosts\n",
                List.of("--hosts", "h1,h2,h3", "--pairing", "list", "--pairs", self.toString()),
                "benchctl: " + self + ":3: 'h3' cannot test against itself\n",
                List.of("--hosts", "h1,h2", "--pairing", "list"),
                "benchctl: --pairing list needs --pairs FILE\n",
                List.of("--hosts", "h1,h2,h1"),
                "benchctl: --hosts: host 'h1' is listed twice\n",
                List.of("--hosts", "@" + dir.resolve("none.txt")),
                "benchctl: cannot read " + dir.resolve("none.txt") + ": no such file\n",
                List.of("--hosts", "h1,h2", "--max-pairs", "0"),
                "benchctl: --max-pairs must be 1 or more, got 0\n");
        for (var entry : cases.entrySet()) {
            List<String> args = new ArrayList<>(List.of("fleet", "plan"));
            args.addAll(entry.getKey());
            Exit exit = benchctl(args.toArray(String[]::new));
            assertEquals(2, exit.code(), entry.getKey() + ": " + exit.err());
            assertEquals(entry.getValue(), exit.err(), entry.getKey().toString());
            assertEquals("", exit.out(), entry.getKey().toString());
        }
        Exit unknown = benchctl("fleet", "plan", "--hosts", "h1,h2", "--pairing", "star");
        assertEquals(2, unknown.code(), unknown.err());
        assertTrue(unknown.err().contains("expected ring, all-pairs or list, got 'star'"), unknown.err());
    }

    @Test
    void peerHostIdIsRefusedWithoutAPeerModeNetworkModule() throws Exception {
        Path profile = Fixtures.profile(dir, "[modules.network]\nmode = \"loopback\"\n");

        Exit loopback = benchctl(
                "run",
                "--no-tui",
                "--profile",
                profile.toString(),
                "--output",
                dir.resolve("out").toString(),
                "--peer-host-id",
                "h2");
        assertEquals(2, loopback.code(), loopback.err());
        assertEquals(
                "benchctl: --peer-host-id names the peer of a network test, but this run has no network module in"
                        + " peer mode (modules.network.mode = \"peer\")\n",
                loopback.err());

        Exit badId = benchctl(
                "run",
                "--no-tui",
                "--profile",
                profile.toString(),
                "--output",
                dir.resolve("out").toString(),
                "--peer-host-id",
                "rack/a");
        assertEquals(2, badId.code(), badId.err());
        assertTrue(badId.err().startsWith("benchctl: --peer-host-id"), badId.err());
    }
}

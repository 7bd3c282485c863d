package io.benchctl.runtime.fleet;

import io.benchctl.runtime.baseline.BadInputException;
import io.benchctl.runtime.fleet.PairPlan.Pair;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The three ways to pair hosts for network tests. Each returns its pairs in an order that {@link
 * PairPlan#of}'s greedy colouring turns into few rounds, and that {@code --max-pairs} cuts at.
 */
public final class Pairings {

    private Pairings() {}

    /**
     * Each host against the next, the last against the first: {@code h1 -> h2, h2 -> h3, h3 -> h1}.
     * Every host is once a client and once a server, with n pairs for n hosts (two, both ways, for
     * two hosts). Two rounds for an even n, three for an odd one.
     */
    public static List<Pair> ring(List<String> hosts) {
        List<Pair> pairs = new ArrayList<>();
        for (int i = 0; i < hosts.size(); i++) {
            pairs.add(new Pair(hosts.get(i), hosts.get((i + 1) % hosts.size())));
        }
        return pairs;
    }

    /**
     * Every two hosts once, n·(n−1)/2 pairs, in the rounds of the circle method of round-robin
     * tournaments: the first host stays put, the others turn one place per round, and the hosts
     * facing each other pair up (a host facing the empty seat of an odd n sits the round out). That
     * gives the fewest rounds possible: n − 1 for an even n, n for an odd one. The client of a pair
     * is the host on the left half of the circle in even rounds and on the right in odd ones, so a
     * host serves about as often as it runs. {@code --max-pairs} keeps the first pairs of this
     * order: whole early rounds, which spread the tests over as many hosts as the cap allows.
     */
    public static List<Pair> allPairs(List<String> hosts) {
        List<String> seats = new ArrayList<>(hosts);
        if (seats.size() % 2 == 1) {
            seats.add(null);
        }
        int n = seats.size();
        List<Pair> pairs = new ArrayList<>();
        for (int round = 0; round < n - 1; round++) {
            for (int i = 0; i < n / 2; i++) {
                String left = seats.get(i);
                String right = seats.get(n - 1 - i);
                if (left != null && right != null) {
                    pairs.add(round % 2 == 0 ? new Pair(left, right) : new Pair(right, left));
                }
            }
            seats.add(1, seats.removeLast());
        }
        return pairs;
    }

    /**
     * The pairs of a {@code --pairs} file: one {@code client server} per line, blank lines and
     * {@code #} comments ignored. Both must be fleet hosts, a host never pairs with itself, and a
     * pair is listed once.
     *
     * @throws BadInputException naming the file and line of the first mistake
     */
    public static List<Pair> list(List<String> hosts, List<String> lines, String file) throws BadInputException {
        Set<String> known = new HashSet<>(hosts);
        Set<Pair> seen = new LinkedHashSet<>();
        for (int number = 1; number <= lines.size(); number++) {
            String line = lines.get(number - 1).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String where = file + ":" + number + ": ";
            String[] ends = line.split("\\s+");
            if (ends.length != 2) {
                throw new BadInputException(where + "expected 'client server', got '" + line + "'");
            }
            for (String end : ends) {
                if (!known.contains(end)) {
                    throw new BadInputException(where + "'" + end + "' is not one of --hosts");
                }
            }
            if (ends[0].equals(ends[1])) {
                throw new BadInputException(where + "'" + ends[0] + "' cannot test against itself");
            }
            if (!seen.add(new Pair(ends[0], ends[1]))) {
                throw new BadInputException(where + "the pair " + ends[0] + " -> " + ends[1] + " is listed twice");
            }
        }
        if (seen.isEmpty()) {
            throw new BadInputException(file + " lists no pair");
        }
        return List.copyOf(seen);
    }
}

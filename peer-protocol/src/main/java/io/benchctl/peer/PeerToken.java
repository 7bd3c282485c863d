package io.benchctl.peer;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.HexFormat;
import org.apiguardian.api.API;

/**
 * The shared secret of a client and a peer. It keys the HMAC of the handshake and never crosses
 * the wire. {@link #toString()} never shows it.
 */
@API(status = EXPERIMENTAL, since = "1.0")
public final class PeerToken {
    /** Shorter tokens are refused: they could be guessed offline from one recorded handshake. */
    public static final int MIN_BYTES = 16;

    private static final int MAX_FILE_BYTES = 4096;

    private final byte[] secret;

    private PeerToken(byte[] secret) {
        this.secret = secret;
    }

    /**
     * Reads a token file: its content with surrounding whitespace trimmed.
     *
     * @throws IllegalArgumentException with a message for the user when the file is missing,
     *     unreadable, too large or holds too short a token
     */
    public static PeerToken readFile(Path file) {
        byte[] content;
        try {
            if (Files.size(file) > MAX_FILE_BYTES) {
                throw new IllegalArgumentException("token file " + file + " is larger than " + MAX_FILE_BYTES
                        + " bytes: it should hold one line, the token");
            }
            content = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new IllegalArgumentException("token file " + file + " does not exist (create one with:"
                    + " head -c 32 /dev/urandom | base64 > " + file + ")");
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read token file " + file + ": " + e.getMessage());
        }
        byte[] token = new String(content, StandardCharsets.UTF_8).strip().getBytes(StandardCharsets.UTF_8);
        if (token.length < MIN_BYTES) {
            throw new IllegalArgumentException("token file " + file + " holds " + token.length
                    + " bytes; a token needs at least " + MIN_BYTES
                    + " (create one with: head -c 32 /dev/urandom | base64 > " + file + ")");
        }
        return new PeerToken(token);
    }

    /** A token from bytes already in hand (e.g. read by the caller); must be at least {@value #MIN_BYTES} bytes. */
    public static PeerToken of(byte[] secret) {
        if (secret.length < MIN_BYTES) {
            throw new IllegalArgumentException("a token needs at least " + MIN_BYTES + " bytes, got " + secret.length);
        }
        return new PeerToken(secret.clone());
    }

    /** A fresh random token, for an in-process peer that only this process talks to. */
    public static PeerToken random() {
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        return new PeerToken(HexFormat.of().formatHex(secret).getBytes(StandardCharsets.US_ASCII));
    }

    byte[] secret() {
        return secret;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PeerToken token && Arrays.equals(secret, token.secret);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(secret);
    }

    @Override
    public String toString() {
        return "PeerToken[" + secret.length + " bytes]";
    }
}

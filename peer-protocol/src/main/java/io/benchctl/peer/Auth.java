package io.benchctl.peer;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * HMAC-SHA256 challenge–response. Each side contributes a random nonce; the client proves it
 * knows the token with a MAC over both nonces (and the negotiated version and its run id), and
 * the peer proves the same with a MAC under a different label, so neither reply can be replayed
 * as the other. Comparisons are constant-time.
 */
final class Auth {
    static final int MAC_BYTES = 32;
    private static final byte[] CLIENT_LABEL = "benchctl-peer client".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] SERVER_LABEL = "benchctl-peer server".getBytes(StandardCharsets.US_ASCII);
    private static final SecureRandom RANDOM = new SecureRandom();

    private Auth() {}

    static byte[] nonce(int bytes) {
        byte[] nonce = new byte[bytes];
        RANDOM.nextBytes(nonce);
        return nonce;
    }

    static byte[] clientMac(PeerToken token, int version, byte[] serverNonce, byte[] clientNonce, byte[] runId) {
        return mac(token, CLIENT_LABEL, new byte[] {(byte) version}, serverNonce, clientNonce, runId);
    }

    static byte[] serverProof(PeerToken token, byte[] serverNonce, byte[] clientNonce) {
        return mac(token, SERVER_LABEL, serverNonce, clientNonce);
    }

    static boolean matches(byte[] expected, byte[] actual) {
        return MessageDigest.isEqual(expected, actual);
    }

    private static byte[] mac(PeerToken token, byte[]... parts) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(token.secret(), "HmacSHA256"));
            for (byte[] part : parts) {
                mac.update(part);
            }
            return mac.doFinal();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is missing from this JDK", e);
        }
    }
}

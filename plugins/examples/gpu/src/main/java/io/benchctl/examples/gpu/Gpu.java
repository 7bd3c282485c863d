package io.benchctl.examples.gpu;

import io.benchctl.api.format.UnitText;

/**
 * One graphics adapter as the OS reports it.
 *
 * @param vramBytes video memory; 0 when the OS does not say
 */
record Gpu(String name, String vendor, long vramBytes) {

    /** {@code NVIDIA A10 (NVIDIA Corporation, VRAM 24.0 GiB)}. */
    String describe() {
        return name + " (" + vendor + ", VRAM " + (vramBytes == 0 ? "unknown" : UnitText.humanBytes(vramBytes)) + ")";
    }
}

package io.benchctl.examples.gpu;

/**
 * One graphics adapter as the OS reports it.
 *
 * @param vramBytes video memory; 0 when the OS does not say
 */
record Gpu(String name, String vendor, long vramBytes) {

    /** {@code NVIDIA A10 (NVIDIA Corporation, VRAM 24GiB)}. */
    String describe() {
        return name + " (" + vendor + ", VRAM " + (vramBytes == 0 ? "unknown" : Sizes.format(vramBytes)) + ")";
    }
}

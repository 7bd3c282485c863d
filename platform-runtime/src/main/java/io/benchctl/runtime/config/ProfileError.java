package io.benchctl.runtime.config;

public record ProfileError(String file, String keyPath, Integer line, String expected, String found, String suggestion) {}

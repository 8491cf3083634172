package dev.neardup.cli;

import dev.neardup.core.Settings;
import picocli.CommandLine.Option;

/**
 * {@code --seed}: the MinHash permutations' seed; a mixin of the matching options and of {@code
 * tune}.
 */
final class SeedOption {
  @Option(
      names = "--seed",
      paramLabel = "N",
      description = "Seed of the MinHash permutations. Default: ${DEFAULT-VALUE}.")
  long seed = Settings.DEFAULTS.seed();
}

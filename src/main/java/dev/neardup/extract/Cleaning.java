package dev.neardup.extract;

/**
 * The cleaning steps of an extraction attempt, dropped one at a time (last first) when the body
 * comes out too short: each can cut an article whose markup looks like chrome.
 */
enum Cleaning {
  /** Remove elements whose class or id names chrome before scoring. */
  STRIP_UNLIKELY,
  /** Let class and id names raise or lower a container's score. */
  WEIGH_CLASSES,
  /** Drop blocks inside the chosen container that look like chrome by their make-up. */
  CLEAN_CONDITIONALLY
}

package dev.neardup.io;

import dev.neardup.core.text.Article;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/**
 * Reads the publication time of a record: what feeds and scrapers write in a {@code date} field.
 * Accepted: ISO-8601 instants and offset date-times ({@code 2019-05-31T17:45:53-04:00}, {@code
 * 1987-03-04T10:22:28.130Z}), local date-times and dates (taken as UTC), with a space instead of
 * the {@code T}, and numbers of seconds (or, above 10¹¹, milliseconds) since the epoch. Anything
 * else is no time.
 */
final class PublicationTime {
  private PublicationTime() {}

  /** Seconds since the epoch, or {@link Article#NO_TIME}. */
  static long parse(String text) {
    String s = text.strip();
    if (s.length() > 10 && s.charAt(10) == ' ') {
      s = s.substring(0, 10) + 'T' + s.substring(11);
    }
    try {
      return OffsetDateTime.parse(s).toEpochSecond();
    } catch (DateTimeParseException notOffset) {
      // try the next form
    }
    try {
      return Instant.parse(s).getEpochSecond();
    } catch (DateTimeParseException notInstant) {
      // try the next form
    }
    try {
      return LocalDateTime.parse(s).toEpochSecond(ZoneOffset.UTC);
    } catch (DateTimeParseException notLocal) {
      // try the next form
    }
    try {
      return LocalDate.parse(s).atStartOfDay().toEpochSecond(ZoneOffset.UTC);
    } catch (DateTimeParseException notDate) {
      return Article.NO_TIME;
    }
  }

  /** Seconds since the epoch from a number of seconds or milliseconds. */
  static long ofEpochNumber(double value) {
    if (!Double.isFinite(value)) {
      return Article.NO_TIME;
    }
    return (long) (Math.abs(value) > 1e11 ? value / 1000 : value);
  }
}

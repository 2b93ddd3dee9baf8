package org.newskg.store;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** How query results are printed: a terminal table or a W3C SPARQL 1.1 results format. */
public enum ResultFormat {
  TABLE,
  CSV,
  TSV,
  JSON;

  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** "table, csv, tsv, json". */
  public static String valid() {
    return Arrays.stream(values()).map(ResultFormat::id).collect(Collectors.joining(", "));
  }
}

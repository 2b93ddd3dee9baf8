package org.newskg.store;

import java.util.List;

/**
 * What a build did.
 *
 * @param articles articles extracted and written
 * @param rewritten article graphs actually written: new or changed (for a stream, all of them)
 * @param sentences sentences written (all articles)
 * @param actors distinct actors (by key) across the build
 * @param strikes strikes written
 * @param statements statements written
 * @param attributions attributions written
 * @param quads for a dataset target, quads in it after the build; for a stream, quads sent
 * @param skipped inputs that were not built, in the order met
 * @param ignored files passed over for their extension (a README beside the articles)
 * @param seconds wall-clock time of the build
 */
public record BuildReport(
    int articles,
    int rewritten,
    int sentences,
    int actors,
    int strikes,
    int statements,
    int attributions,
    long quads,
    List<Skipped> skipped,
    int ignored,
    double seconds) {
  public BuildReport {
    skipped = List.copyOf(skipped);
  }
}

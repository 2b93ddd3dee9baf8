package org.newskg.input;

/**
 * What one {@link ArticleFiles#read} call delivered.
 *
 * @param articles articles passed to the consumer
 * @param skipped files or JSON lines reported as skipped
 * @param ignored files passed over for their extension
 */
public record ReadSummary(int articles, int skipped, int ignored) {}

/**
 * Scores extracted attributions and quotes against gold TSV files, exactly as the shared score.py
 * does.
 */
package org.newskg.eval;

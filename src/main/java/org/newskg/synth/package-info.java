/**
 * A deterministic generator of realistic synthetic strike articles, for benchmarks and scale tests.
 */
package org.newskg.synth;

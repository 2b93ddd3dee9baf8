package org.newskg.extract;

import java.nio.file.Path;
import java.util.List;
import org.newskg.facts.ArticleFacts;
import org.newskg.facts.ArticleMeta;
import org.newskg.facts.Span;
import org.newskg.input.RawArticle;
import org.newskg.rules.Rule;
import org.newskg.text.ArticleText;
import org.newskg.text.Cleaner;
import org.newskg.text.Dates;
import org.newskg.text.SentenceSplitter;

/**
 * The extraction pipeline, loaded once from a rules folder and then applied to any number of
 * articles. Immutable and thread-safe: {@link #extract} may be called from many threads.
 */
public final class Extractor {
  private final Rulebook book;
  private final Annotator annotator;
  private final Cleaner cleaner;

  private Extractor(Rulebook book) {
    this.book = book;
    this.annotator = new Annotator(book.gazetteer(), book.lexicon());
    this.cleaner = new Cleaner(book.boilerplate());
  }

  /** Loads and compiles the rules in {@code rulesDir}; refuses broken rule files up front. */
  public static Extractor load(Path rulesDir) {
    return new Extractor(Rulebook.load(rulesDir));
  }

  /** Every rule, actor rules first, in the order they are applied. */
  public List<Rule> rules() {
    return java.util.stream.Stream.concat(book.actorRules().stream(), book.factRules().stream()).toList();
  }

  public ArticleFacts extract(RawArticle raw) {
    return extract(raw, Trace.NONE);
  }

  public ArticleFacts extract(RawArticle raw, Trace trace) {
    ArticleText at = cleaner.clean(raw.text(), raw.title());
    String publisher = raw.publisher() != null ? raw.publisher() : at.publisher();
    String date = raw.date() != null ? normaliseDate(raw.date()) : at.date();
    ArticleMeta provisional = new ArticleMeta(raw.name(), at.title(), publisher, at.author(), date, raw.url() != null ? raw.url() : at.url());
    ArticleRun run = new ArticleRun(book, trace, provisional);
    int index = 0;
    Span title = titleSpan(at);
    if (title != null) {
      // Headlines attribute too ("South Sudan accuses Khartoum of bombing Bentiu"). An article
      // without a headline has its first paragraph here: it is split like any paragraph.
      boolean first = true;
      for (Span s : SentenceSplitter.split(at.text(), title.begin(), title.end())) {
        sentence(run, at, index++, s, first, raw, trace);
        first = false;
      }
    }
    for (Span p : at.paragraphs()) {
      boolean first = true;
      for (Span s : SentenceSplitter.split(at.text(), p.begin(), p.end())) {
        sentence(run, at, index++, s, first, raw, trace);
        first = false;
      }
    }
    return run.facts();
  }

  /**
   * One sentence, fail-soft: a sentence that trips a bug in a rule or the annotator loses its own
   * facts, never the article (nor the build) — the failure is reported through the trace.
   */
  private void sentence(ArticleRun run, ArticleText at, int index, Span s, boolean first, RawArticle raw, Trace trace) {
    try {
      run.sentence(annotator.annotate(at.text(), index, s, first));
    } catch (RuntimeException e) {
      trace.failed(raw.name(), index, e);
    }
  }

  /** Where the title stands in the text, when it is the text's first line; else null. */
  private static Span titleSpan(ArticleText at) {
    String text = at.text();
    int b = 0;
    while (b < text.length() && Character.isWhitespace(text.charAt(b))) {
      b++;
    }
    int e = text.indexOf('\n', b);
    e = e < 0 ? text.length() : e;
    String line = text.substring(b, e).strip();
    if (line.isEmpty() || !line.equals(at.title())) {
      return null;
    }
    // " | News", ": report" and similar outlet suffixes are not part of the claim.
    int cut = line.indexOf(" | ");
    int end = cut > 0 ? b + text.substring(b, e).indexOf(" | ") : b + text.substring(b, e).stripTrailing().length();
    return new Span(b, end);
  }

  private static String normaliseDate(String d) {
    String iso = Dates.parseAbsolute(d.length() >= 10 && d.charAt(4) == '-' ? d.substring(0, 10) : d);
    return iso != null ? iso : null;
  }
}

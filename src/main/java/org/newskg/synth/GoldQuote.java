package org.newskg.synth;

/** A direct quotation the generator wrote, in the columns of the shared quotes gold TSV. */
record GoldQuote(Np speaker, String quoteStart) {
  String tsv(String file) {
    return String.join("\t", file, speaker.label(), speaker.aliasField(), quoteStart);
  }
}

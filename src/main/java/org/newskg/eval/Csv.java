package org.newskg.eval;

import java.util.ArrayList;
import java.util.List;

/**
 * A CSV reader with the behaviour of Python's {@code csv.reader} in the "excel" dialect (and
 * "excel-tab" with a tab delimiter): quoted fields may hold delimiters, doubled quotes and line
 * breaks; a quote inside an unquoted field is literal; text after a closing quote is kept; blank
 * lines yield no record (as {@code DictReader} skips them).
 */
final class Csv {
  private enum State {
    START_RECORD,
    START_FIELD,
    IN_FIELD,
    IN_QUOTED,
    QUOTE_IN_QUOTED
  }

  private Csv() {}

  static List<List<String>> parse(String text, char delimiter) {
    List<List<String>> records = new ArrayList<>();
    List<String> fields = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    State state = State.START_RECORD;
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i++);
      boolean eol = c == '\r' || c == '\n';
      if (eol
          && c == '\r'
          && i < text.length()
          && text.charAt(i) == '\n'
          && state != State.IN_QUOTED) {
        i++;
      }
      switch (state) {
        case IN_QUOTED -> {
          if (c == '"') {
            state = State.QUOTE_IN_QUOTED;
          } else {
            field.append(c);
          }
        }
        case QUOTE_IN_QUOTED -> {
          if (c == '"') {
            field.append('"');
            state = State.IN_QUOTED;
          } else if (c == delimiter) {
            fields.add(field.toString());
            field.setLength(0);
            state = State.START_FIELD;
          } else if (eol) {
            fields.add(field.toString());
            field.setLength(0);
            records.add(fields);
            fields = new ArrayList<>();
            state = State.START_RECORD;
          } else {
            field.append(c);
            state = State.IN_FIELD;
          }
        }
        default -> {
          if (eol) {
            if (state != State.START_RECORD) {
              fields.add(field.toString());
              field.setLength(0);
              records.add(fields);
              fields = new ArrayList<>();
            }
            state = State.START_RECORD;
          } else if (c == delimiter) {
            fields.add(field.toString());
            field.setLength(0);
            state = State.START_FIELD;
          } else if (c == '"' && state != State.IN_FIELD) {
            state = State.IN_QUOTED;
          } else {
            field.append(c);
            state = State.IN_FIELD;
          }
        }
      }
    }
    if (state != State.START_RECORD) {
      fields.add(field.toString());
      records.add(fields);
    }
    return records;
  }
}

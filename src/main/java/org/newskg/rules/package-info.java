/** The rule language: rule files → Rule values → compiled token patterns → matches over annotated sentences. */
package org.newskg.rules;

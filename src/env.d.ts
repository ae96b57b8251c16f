declare namespace App {
  interface Locals {
    /** Set once a code block on the page has linked /code-theme.css (each page links it once). */
    codeThemeLinked?: boolean;
  }
}

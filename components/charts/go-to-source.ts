/** Scrolls the release text to a fact's words and highlights them (the same as following its link). */
export function goToSource(anchor: string | null | undefined): void {
  if (anchor) window.location.hash = anchor;
}

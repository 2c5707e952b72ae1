/** The paging fields every IAM List* response carries. */
export interface IamPage {
  IsTruncated?: boolean;
  Marker?: string;
}

/**
 * The Marker of the next page, or undefined on the last one. A truncated page always carries a
 * Marker (https://docs.aws.amazon.com/IAM/latest/APIReference/API_ListUsers.html); a server that
 * says IsTruncated without one would loop forever, so that counts as the end.
 */
export function nextMarker(page: IamPage): string | undefined {
  return page.IsTruncated && page.Marker ? page.Marker : undefined;
}

/** Calls a List* operation until IsTruncated is false, returning every item in order. */
export async function listAll<TPage extends IamPage, TItem>(
  fetchPage: (Marker: string | undefined) => Promise<TPage>,
  itemsOf: (page: TPage) => TItem[] | undefined,
  maxPages = 1000,
): Promise<TItem[]> {
  const items: TItem[] = [];
  let marker: string | undefined;

  for (let pageCount = 0; pageCount < maxPages; pageCount += 1) {
    const page = await fetchPage(marker);
    items.push(...(itemsOf(page) ?? []));
    marker = nextMarker(page);
    if (marker === undefined) return items;
  }
  throw new Error(`Stopped after ${maxPages} pages: the endpoint kept answering IsTruncated.`);
}

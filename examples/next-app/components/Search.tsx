"use client";
import Link from "next/link";
import { SearchDialog } from "react-blog-kit";
import { searchFallback } from "@/lib/search";

/**
 * The header's search: the kit's SearchDialog with next/link for its results. A client component of the
 * blog's own, because a link component is a function, which a server component cannot pass to a client one.
 */
export function Search() {
  return <SearchDialog indexUrl="/search.json" fallbackHref={searchFallback} linkComponent={Link} colorScheme="auto" />;
}

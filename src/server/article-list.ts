/** The article list's shapes (the store pages and counts it: `Store.listArticles`), for the dashboard's types. */
export type { ArticlePage, ArticleSummary } from "../store/types.ts";

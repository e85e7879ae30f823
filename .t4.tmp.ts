import { extractText } from "./src/read/text.ts";
console.log(JSON.stringify(extractText(`Title: Truce holds in **Tripoli**
By Jane Doe
Source: The Daily Example
Published: January 13, 2020

# Ceasefire in Libya

The ceasefire brokered by [Russia](https://x.org/ru) and Turkey
held overnight, officials said.

- Gen. Haftar did not sign.
- Talks resume in _Berlin_.

Share this article

Jane Doe is a correspondent for The Daily Example.`), null, 1));

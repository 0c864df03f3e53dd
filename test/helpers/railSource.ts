/** A small source invented for the tests (a rail line in West Africa): figures with a year, a key from front matter. */
export const RAIL_SOURCE = `---
id: okafor2021
title: Rail freight in the Gulf of Guinea
author: [Okafor, Ada]
year: 2021
---

In 2020, the Lagos–Ibadan line carried 1.42 million tonnes of freight, and 86 locomotives served the network.
`;

// The lookups moved to lib/core (the background builds card slices with them); the card keeps importing them here.
export { createCardLookups, type CardLookups } from '../../lib/core/knowledge';

// The extension's fixed id where it has one: Firefox's add-on id (manifest browser_specific_settings.gecko.id, written
// by vite.config.ts), which Firefox's policies.json names it by. Chrome's id comes from the store (or, unpacked, from a
// manifest "key"), so it is not written here: `reply-coach policy --id` takes it.
export const FIREFOX_ID = 'reply-coach@reply-coach.app';

-- A merchant's branding on the hosted 3DS page (API.md's merchant "branding"): the name shoppers know,
-- an accent colour (#rrggbb), and a logo: the https URL the admin gave, and the image itself as the
-- gateway fetched it once, a data: URI of at most 32 KiB of PNG, JPEG, GIF or WebP (about 44,000
-- characters in base64), so that the page inlines it and fetches nothing when it renders.
ALTER TABLE merchant ADD COLUMN display_name VARCHAR(100);
ALTER TABLE merchant ADD COLUMN accent_color VARCHAR(7);
ALTER TABLE merchant ADD COLUMN logo_url VARCHAR(2048);
ALTER TABLE merchant ADD COLUMN logo_data VARCHAR(45000);

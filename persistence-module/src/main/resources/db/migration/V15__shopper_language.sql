-- The shopper's language as the merchant's page saw it (the request's browser.language, a BCP 47 tag of
-- at most 35 characters): the hosted 3DS page speaks it. Null when the merchant sent none; the page then
-- follows the browser's Accept-Language.
ALTER TABLE authentication ADD COLUMN shopper_language VARCHAR(35);

-- Reserved for a migration that is being written; it must stay a no-op until then.
SELECT 1;

-- Erasure keeps an anonymised row (funnel and alignment figures stay true) and records who and when.
ALTER TABLE lead ADD COLUMN erased_at timestamptz;
ALTER TABLE lead ADD COLUMN erased_by varchar(255);

-- Delta sync (updatedSince), stage filters and the email/company prefix search.
CREATE INDEX lead_updated_at_idx ON lead (updated_at, id);
CREATE INDEX lead_stage_idx ON lead (lifecycle_stage, id);
CREATE INDEX lead_email_prefix_idx ON lead (lower(email) text_pattern_ops);
CREATE INDEX lead_company_prefix_idx ON lead (lower(company) text_pattern_ops);

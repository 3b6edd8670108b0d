-- Run inside the RevAlign database (revalign; revalign_test for the tests). Each service's schema
-- is owned by its role; no grants to anyone else, and nobody creates objects in public.
REVOKE CREATE ON SCHEMA public FROM PUBLIC;
CREATE SCHEMA IF NOT EXISTS lead AUTHORIZATION lead_service;
CREATE SCHEMA IF NOT EXISTS skills AUTHORIZATION skills_service;
CREATE SCHEMA IF NOT EXISTS governance AUTHORIZATION governance_service;
REVOKE ALL ON SCHEMA lead, skills, governance FROM PUBLIC;

"""Build and verification tools shared by the MkDocs hooks and the test suite."""

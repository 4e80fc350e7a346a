"""Files in and out: Excel, PDF, charts. No Qt, no database."""

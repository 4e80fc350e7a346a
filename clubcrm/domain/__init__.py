"""Pure values and rules of the club's domain: standard library only."""

"""The money tab: amounts promised, billed, paid, refunded or claimed, their form and totals."""

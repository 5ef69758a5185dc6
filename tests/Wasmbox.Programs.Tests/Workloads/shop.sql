-- A shop's database: thousands of customers, products and orders, generated with recursive
-- common table expressions, then reported on with joins, aggregates and window functions,
-- changed in transactions, checked and vacuumed, and shown in each of the shell's output modes.
-- Every result is ordered, so the output is fixed.
.headers on
.mode list
.nullvalue (null)
PRAGMA page_size = 4096;
PRAGMA foreign_keys = ON;

CREATE TABLE cities(id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE, country TEXT NOT NULL);
CREATE TABLE customers(
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL,
  city INTEGER NOT NULL REFERENCES cities(id),
  joined TEXT NOT NULL,
  tier TEXT CHECK (tier IN ('bronze', 'silver', 'gold'))
);
CREATE TABLE products(id INTEGER PRIMARY KEY, title TEXT NOT NULL, price REAL NOT NULL, weight_g INTEGER);
CREATE TABLE orders(
  id INTEGER PRIMARY KEY,
  customer INTEGER NOT NULL REFERENCES customers(id),
  placed TEXT NOT NULL,
  status TEXT NOT NULL DEFAULT 'open'
);
CREATE TABLE order_lines(
  order_id INTEGER NOT NULL REFERENCES orders(id) ON DELETE CASCADE,
  product INTEGER NOT NULL REFERENCES products(id),
  quantity INTEGER NOT NULL CHECK (quantity > 0),
  PRIMARY KEY (order_id, product)
) WITHOUT ROWID;
CREATE TABLE audit(at INTEGER PRIMARY KEY AUTOINCREMENT, what TEXT);

CREATE TRIGGER order_cancelled AFTER UPDATE OF status ON orders
WHEN new.status = 'cancelled' AND old.status <> 'cancelled'
BEGIN
  INSERT INTO audit(what) VALUES ('cancelled order ' || new.id || ' of customer ' || new.customer);
END;

INSERT INTO cities(id, name, country) VALUES
  (1, 'Oslo', 'NO'), (2, 'Bergen', 'NO'), (3, 'Lima', 'PE'), (4, 'Cusco', 'PE'), (5, 'Pune', 'IN'),
  (6, 'Kochi', 'IN'), (7, 'Riga', 'LV'), (8, 'Bern', 'CH'), (9, 'Nice', 'FR'), (10, 'Lyon', 'FR');

BEGIN;
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 3000)
INSERT INTO customers(id, name, city, joined, tier)
SELECT i,
       'customer ' || printf('%04d', i),
       1 + (i * 7) % 10,
       date('2015-01-01', '+' || ((i * 37) % 3000) || ' days'),
       CASE WHEN i % 11 = 0 THEN 'gold' WHEN i % 4 = 0 THEN 'silver' WHEN i % 5 = 0 THEN NULL ELSE 'bronze' END
FROM n;

WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 400)
INSERT INTO products(id, title, price, weight_g)
SELECT i, 'product ' || printf('%03d', i), round(0.5 + ((i * 7919) % 20000) / 100.0, 2),
       CASE WHEN i % 9 = 0 THEN NULL ELSE 50 + (i * 131) % 5000 END
FROM n;

WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 20000)
INSERT INTO orders(id, customer, placed, status)
SELECT i, 1 + (i * 104729) % 3000, datetime('2020-01-01 08:00:00', '+' || (i * 3541 % 1500000) || ' minutes'),
       CASE WHEN i % 13 = 0 THEN 'returned' WHEN i % 3 = 0 THEN 'shipped' ELSE 'open' END
FROM n;

WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < 59999)
INSERT OR IGNORE INTO order_lines(order_id, product, quantity)
SELECT 1 + i % 20000, 1 + (i * 48271 + i / 20000 * 131) % 400, 1 + (i * 16807) % 7 FROM n;
COMMIT;

CREATE INDEX orders_by_customer ON orders(customer);
CREATE INDEX customers_by_city ON customers(city, tier);
CREATE VIEW order_totals AS
  SELECT o.id, o.customer, o.placed, o.status, sum(l.quantity * p.price) AS total, sum(l.quantity) AS items
  FROM orders o JOIN order_lines l ON l.order_id = o.id JOIN products p ON p.id = l.product
  GROUP BY o.id;

.print == sizes
SELECT (SELECT count(*) FROM customers) AS customers, (SELECT count(*) FROM products) AS products,
       (SELECT count(*) FROM orders) AS orders, (SELECT count(*) FROM order_lines) AS lines;

.print == revenue by country and city
SELECT c.country, c.name AS city, count(DISTINCT t.customer) AS buyers, count(*) AS orders,
       printf('%.2f', sum(t.total)) AS revenue, printf('%.3f', avg(t.total)) AS average
FROM order_totals t JOIN customers u ON u.id = t.customer JOIN cities c ON c.id = u.city
WHERE t.status <> 'returned'
GROUP BY c.country, c.name
ORDER BY c.country, revenue DESC;

.print == best customers, ranked within their tier
SELECT * FROM (
  SELECT coalesce(u.tier, '-') AS tier, u.name, printf('%.2f', sum(t.total)) AS spent,
         rank() OVER (PARTITION BY u.tier ORDER BY sum(t.total) DESC, u.id) AS place
  FROM customers u JOIN order_totals t ON t.customer = u.id
  GROUP BY u.id
) WHERE place <= 3 ORDER BY tier, place;

.print == monthly orders with a running total, 2021
SELECT month, orders, sum(orders) OVER (ORDER BY month ROWS UNBOUNDED PRECEDING) AS so_far,
       printf('%.1f', avg(orders) OVER (ORDER BY month ROWS BETWEEN 2 PRECEDING AND CURRENT ROW)) AS smoothed
FROM (SELECT strftime('%Y-%m', placed) AS month, count(*) AS orders FROM orders
      WHERE placed >= '2021-01-01' AND placed < '2022-01-01' GROUP BY month)
ORDER BY month;

.print == products never ordered, and the heaviest ones
SELECT p.id, p.title FROM products p WHERE NOT EXISTS (SELECT 1 FROM order_lines l WHERE l.product = p.id) ORDER BY p.id;
SELECT title, weight_g, ntile(4) OVER (ORDER BY weight_g DESC, id) AS quartile
FROM products WHERE weight_g IS NOT NULL ORDER BY weight_g DESC, id LIMIT 8;

.print == weekday and hour histogram
SELECT strftime('%w', placed) AS weekday, count(*) AS orders,
       group_concat(DISTINCT CAST(strftime('%H', placed) AS INTEGER) / 6) AS quarters
FROM orders GROUP BY weekday ORDER BY weekday;

.print == JSON for one city
SELECT json_object('city', c.name, 'gold', json_group_array(u.id)) FROM cities c
JOIN (SELECT * FROM customers WHERE tier = 'gold' ORDER BY id) u ON u.city = c.id
WHERE c.name = 'Riga' GROUP BY c.id;
SELECT json_extract('{"a":[1,2,{"b":[3.5,"x"]}]}', '$.a[2].b[0]') AS b, json_array_length('[1,[2,3],4]') AS n;

.print == changes: cancel, reprice and delete in transactions
BEGIN;
UPDATE orders SET status = 'cancelled' WHERE status = 'open' AND customer % 97 = 0;
SAVEPOINT reprice;
UPDATE products SET price = price * 100;
ROLLBACK TO reprice;
UPDATE products SET price = round(price * 1.07, 2) WHERE id % 5 = 0;
DELETE FROM orders WHERE status = 'returned' AND id % 2 = 0;
COMMIT;
SELECT count(*) AS audited, min(what) AS first, max(at) AS last FROM audit;
SELECT status, count(*) FROM orders GROUP BY status ORDER BY status;
SELECT count(*) AS lines_left FROM order_lines;
SELECT printf('%.2f', sum(price)) AS price_sum FROM products;

.print == strings, numbers and dates
SELECT upper(substr(name, 1, 4)) || lower(substr(name, 5)) AS shout, length(name), instr(name, '0'),
       replace(name, 'customer', 'c'), trim('  x  ') || '|', quote(x'00ff'), typeof(1e0), 7 / 2, 7 / 2.0,
       -7 % 3, 1 << 40, 9223372036854775807 + 0, round(2.5), round(-2.5), abs(-3), cast('12abc' AS INTEGER)
FROM customers WHERE id IN (7, 2048) ORDER BY id;
SELECT date('2024-02-28', '+1 day'), julianday('2000-01-01'), strftime('%j %W', '2023-12-31'),
       datetime(1700000000, 'unixepoch'), time('12:34:56', '+3600 seconds');
SELECT printf('%5.1e|%-6s|%x|%c|%08.3f', 12345.678, 'ab', 255, 'xyz', 3.14159), 1.0 / 3, 2e308 > 1e308, 0.1 + 0.2;
-- Digits past the 17th come from long double arithmetic (quad precision, in software, on wasm32).
SELECT printf('%!.26g', 113.21), printf('%!.22e', 1.0 / 3), printf('%!.20f', 2.0 / 7), 1.7976931348623157e308, 4.9e-324,
       CAST('3.14159265358979323846264338' AS REAL), 123456789012345678 = 123456789012345678.0;

.print == integrity
PRAGMA foreign_key_check;
PRAGMA integrity_check;
VACUUM;
PRAGMA page_count;

.print == the shell's output modes and commands
.mode box
SELECT id, name, country FROM cities WHERE id <= 3 ORDER BY id;
.mode json
SELECT id, title, price FROM products WHERE id IN (1, 9) ORDER BY id;
.mode markdown
SELECT status, count(*) AS n FROM orders GROUP BY status ORDER BY status;
.mode insert archived
SELECT * FROM cities WHERE id > 8 ORDER BY id;
.mode csv
SELECT name, joined, tier FROM customers WHERE id % 1000 = 0 ORDER BY id;
.mode quote
SELECT id, title, weight_g FROM products WHERE id IN (9, 10) ORDER BY id;
.mode html
SELECT id, name FROM cities WHERE id = 1;
.mode line
SELECT * FROM customers WHERE id = 42;
.mode list
.schema orders
.tables
.indexes
.sha3sum
.eqp on
SELECT count(*) FROM orders WHERE customer = 42;
.eqp off
.lint fkey-indexes
.parameter set @who 42
SELECT name FROM customers WHERE id = @who;
.expert
SELECT * FROM orders WHERE placed > '2022-01-01' AND status = 'open';
.show

"""POST /api/analyze, the bundled dashboard assets and the error shape, through the ASGI app in-process."""

from __future__ import annotations

import json

import jsonschema
import pytest
from fastapi.testclient import TestClient

from rasd.api import create_app
from rasd.api.analyze import max_body_bytes

TEXT = "أعلن وزير الخارجية أن الوفد سيصل إلى القاهرة غدا. وقال: «سنعمل معا من أجل السلام»."


@pytest.fixture(scope="module")
def client() -> TestClient:
    return TestClient(create_app(None, max_analyze_chars=2_000))


def error_of(response: object) -> str:
    body = response.json()  # type: ignore[attr-defined]
    assert set(body) == {"error"}, body
    assert body["error"]["status"] == response.status_code  # type: ignore[attr-defined]
    message = body["error"]["message"]
    assert isinstance(message, str) and message and "\n" not in message
    return message


def test_analyze_returns_the_output_contract(client: TestClient, schema: dict) -> None:
    response = client.post("/api/analyze", json={"text": TEXT, "published": "2024-05-02", "id": "t1", "title": "عنوان"})
    assert response.status_code == 200
    doc = response.json()
    jsonschema.validate(doc, schema)
    assert doc["text"] == TEXT and doc["id"] == "t1" and doc["title"] == "عنوان"
    assert doc["published"] == "2024-05-02"
    assert len(doc["sentences"]) == 2
    for sentence in doc["sentences"]:
        assert TEXT[sentence["start"] : sentence["end"]].strip()


def test_analyze_keeps_the_text_exactly_even_with_ascii_escaped_json(client: TestClient) -> None:
    text = "  نص\u200f مع\tمسافات  \r\nوسطر ثان 🙂"
    body = json.dumps({"text": text}, ensure_ascii=True).encode("ascii")
    response = client.post("/api/analyze", content=body, headers={"Content-Type": "application/json"})
    assert response.status_code == 200
    assert response.json()["text"] == text


def test_metadata_fields_come_back_exactly_whatever_they_contain(client: TestClient) -> None:
    fields = {"id": "'; DROP TABLE articles; --", "title": '" OR 1=1 --', "source": "<script>x</script>", "url": "%00"}
    response = client.post("/api/analyze", json={"text": TEXT, **fields})
    assert response.status_code == 200
    assert {k: response.json()[k] for k in fields} == fields


def test_large_assets_are_compressed_when_the_client_accepts_it(client: TestClient) -> None:
    response = client.get("/static/world.json", headers={"Accept-Encoding": "gzip"})
    assert response.headers["content-encoding"] == "gzip"
    assert response.json()["type"] == "FeatureCollection"


@pytest.mark.parametrize(
    ("body", "status", "fragment"),
    [
        ({"text": "نص", "published": "2024-13-40"}, 422, "'published'"),
        ({"text": "نص", "published": "أمس"}, 422, "'published'"),
        ({"published": "2024-01-01"}, 422, "'text'"),
        ({"text": 42}, 422, "'text'"),
        ({"text": "   \n\t "}, 422, "empty input"),
        ({"text": "نص", "colour": "red"}, 422, "'colour'"),
        ({"text": "نص", "id": "x" * 201}, 422, "'id'"),
        ({"text": "ن" * 2_001}, 413, "at most 2,000"),
    ],
)
def test_bad_analyze_bodies_get_a_clear_4xx(client: TestClient, body: dict, status: int, fragment: str) -> None:
    response = client.post("/api/analyze", json=body)
    assert response.status_code == status
    assert fragment in error_of(response)


@pytest.mark.parametrize(
    ("content", "headers", "status", "fragment"),
    [
        (b"{not json", {"Content-Type": "application/json"}, 422, "not valid JSON"),
        (b'{"text": "\xff\xfe"}', {"Content-Type": "application/json"}, 400, "UTF-8"),
        (b'{"text": "\\ud800 half a pair"}', {"Content-Type": "application/json"}, 422, "surrogates"),
        (b"plain text body", {"Content-Type": "text/plain"}, 422, "JSON object"),
        (b"[1, 2]", {"Content-Type": "application/json"}, 422, "JSON object"),
        (b"", {"Content-Type": "application/json"}, 422, "body"),
    ],
)
def test_malformed_analyze_requests_get_a_clear_4xx(
    client: TestClient, content: bytes, headers: dict, status: int, fragment: str
) -> None:
    response = client.post("/api/analyze", content=content, headers=headers)
    assert response.status_code == status
    assert fragment in error_of(response)


def test_oversized_bodies_are_refused_whether_declared_or_streamed(client: TestClient) -> None:
    limit = max_body_bytes(2_000)
    declared = client.post("/api/analyze", content=b"x" * (limit + 1), headers={"Content-Type": "application/json"})
    assert declared.status_code == 413 and "too large" in error_of(declared)

    def chunks() -> object:
        for _ in range(limit // 4096 + 2):
            yield b" " * 4096

    streamed = client.post("/api/analyze", content=chunks(), headers={"Content-Type": "application/json"})
    assert streamed.status_code == 413 and "at least" in error_of(streamed)


def test_unknown_routes_and_methods_answer_in_the_error_shape(client: TestClient) -> None:
    assert "no such resource" in error_of(client.get("/api/no-such-endpoint"))
    wrong = client.get("/api/analyze")
    assert wrong.status_code == 405 and "GET" in error_of(wrong)


def test_dashboard_and_assets_are_served_with_a_same_origin_policy(client: TestClient) -> None:
    page = client.get("/")
    assert page.status_code == 200 and page.headers["content-type"].startswith("text/html")
    assert "default-src 'self'" in page.headers["content-security-policy"]
    for name, media in (("app.js", "text/javascript"), ("style.css", "text/css"), ("world.json", "application/json")):
        asset = client.get(f"/static/{name}")
        assert asset.status_code == 200 and asset.headers["content-type"].startswith(media), name
    outline = client.get("/static/world.json").json()
    codes = {f["properties"]["iso3"] for f in outline["features"]}
    assert {"EGY", "SYR", "IRQ", "USA", "RUS"} <= codes and len(outline["features"]) > 150


def test_bundled_assets_reference_nothing_outside_the_server(client: TestClient) -> None:
    for name in ("index.html", "app.js", "reader.js", "util.js", "record.js", "timeline.js", "network.js", "map.js"):
        text = client.get(f"/static/{name}").text
        assert "http://" not in text.replace("http://www.w3.org/2000/svg", "") and "https://" not in text, name
        assert "//cdn" not in text and "@import" not in text, name


@pytest.mark.parametrize(
    "path",
    [
        "/static/../pyproject.toml",
        "/static/..%2f..%2fpyproject.toml",
        "/static/%2e%2e/%2e%2e/pyproject.toml",
        "/static/..%5c..%5cpyproject.toml",
        "/static/%2fetc%2fpasswd",
        "/static//etc/passwd",
        "/static/....//....//etc/passwd",
        "/static/app.js%00.png",
        "/static/__init__.py",
        "/static/assets.py",
        "/static/.",
        "/static/%2e",
        "/../../etc/passwd",
        "/docs",
        "/redoc",
    ],
)
def test_path_traversal_reaches_nothing(client: TestClient, path: str) -> None:
    response = client.get(path)
    assert response.status_code == 404
    assert "root:" not in response.text and "[project]" not in response.text
    error_of(response)


def test_openapi_schema_documents_the_endpoints(client: TestClient) -> None:
    spec = client.get("/openapi.json").json()
    assert spec["openapi"].startswith("3.")
    assert "post" in spec["paths"]["/api/analyze"]

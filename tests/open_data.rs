//! Open data: the registry as CSV, JSON and GeoJSON read back, the schema
//! and the DCAT-AP description, on the demo cities (either database).

mod common;

use axum::http::StatusCode;
use common::{TestApp, with_conn};
use diesel::prelude::*;
use pacta::db;
use pacta::domain::filter::RegistryFilter;
use pacta::domain::open_data::COLUMNS;

fn private_names(app: &TestApp) -> Vec<String> {
    use pacta::db::schema::parties;
    with_conn(&app.state.pool, |conn| {
        parties::table
            .filter(parties::kind.eq("individual"))
            .select(parties::name)
            .load::<String>(conn)
            .expect("parties")
    })
}

#[tokio::test]
async fn the_csv_has_every_pact_every_column_and_no_private_person() {
    let app = TestApp::with_demo();
    let total = app.json("/api/v1/pacts").await["total"]
        .as_i64()
        .expect("total");
    let response = app.get("/open-data/pacts.csv").await;
    assert_eq!(response.status, StatusCode::OK);
    assert_eq!(
        response.header("content-type"),
        Some("text/csv; charset=utf-8")
    );
    assert!(
        response
            .header("content-disposition")
            .is_some_and(|d| d.contains("pacta-pacts.csv"))
    );
    let mut reader = csv::Reader::from_reader(response.bytes.as_slice());
    let header: Vec<String> = reader
        .headers()
        .expect("header")
        .iter()
        .map(str::to_owned)
        .collect();
    let names: Vec<&str> = COLUMNS.iter().map(|c| c.name).collect();
    assert_eq!(header, names);
    let rows: Vec<csv::StringRecord> = reader.records().map(|r| r.expect("row")).collect();
    assert_eq!(i64::try_from(rows.len()).expect("small"), total);
    let status = names.iter().position(|n| *n == "status").expect("status");
    let allowed = COLUMNS[status].vocabulary.expect("vocabulary")();
    assert!(rows.iter().all(|r| allowed.contains(&&r[status])));
    let tilleuls = rows
        .iter()
        .find(|r| r[3].starts_with("Entretien et animation du jardin partagé des Tilleuls"))
        .expect("the Tilleuls pact");
    assert_eq!(&tilleuls[0], "valmont");
    assert!(tilleuls[24].starts_with("http://127.0.0.1:8080/cities/valmont/pacts/"));
    let private = private_names(&app);
    assert!(!private.is_empty(), "the demo has private persons");
    for name in private.iter().filter(|n| !n.is_empty()) {
        assert!(!response.body.contains(name.as_str()), "{name} is private");
    }
}

#[tokio::test]
async fn json_and_geojson_carry_the_same_pacts_filtered_like_the_registry() {
    let app = TestApp::with_demo();
    let filtered = app
        .json("/api/v1/pacts?city=borgoverde&status=active")
        .await;
    let total = filtered["total"].as_i64().expect("total");
    let json = app
        .json("/open-data/pacts.json?city=borgoverde&status=active")
        .await;
    let records = json.as_array().expect("array");
    assert_eq!(i64::try_from(records.len()).expect("small"), total);
    assert!(
        records
            .iter()
            .all(|r| r["city"] == "borgoverde" && r["status"] == "active")
    );
    let geo = app
        .get("/open-data/pacts.geojson?city=borgoverde&status=active")
        .await;
    assert_eq!(geo.header("content-type"), Some("application/geo+json"));
    let geo = geo.json();
    assert_eq!(geo["type"], "FeatureCollection");
    let features = geo["features"].as_array().expect("features");
    assert_eq!(features.len(), records.len());
    for feature in features {
        assert_eq!(feature["type"], "Feature");
        if let Some(point) = feature["geometry"]["coordinates"].as_array() {
            let (lon, lat) = (
                point[0].as_f64().expect("lon"),
                point[1].as_f64().expect("lat"),
            );
            assert!((-180.0..=180.0).contains(&lon) && (-90.0..=90.0).contains(&lat));
            assert_eq!(feature["properties"]["longitude"].as_f64(), Some(lon));
        }
    }
    let private = private_names(&app);
    let everything = app.get("/open-data/pacts.json").await;
    for name in private.iter().filter(|n| !n.is_empty()) {
        assert!(
            !everything.body.contains(name.as_str()),
            "{name} is private"
        );
    }
    let bad = app.get("/open-data/pacts.csv?status=signed").await;
    assert_eq!(bad.status, StatusCode::BAD_REQUEST);
}

#[tokio::test]
async fn batches_read_by_id_cover_the_registry_once() {
    let app = TestApp::with_demo();
    with_conn(&app.state.pool, |conn| {
        let filter = RegistryFilter::default();
        let mut seen = std::collections::HashSet::new();
        let mut after = 0;
        loop {
            let (records, last) =
                db::open_data::batch(conn, &filter, after, 7, "http://x").expect("batch");
            for record in &records {
                assert!(
                    seen.insert(format!("{}/{}", record.city, record.number)),
                    "once"
                );
            }
            match last {
                Some(last) if records.len() == 7 => after = last,
                _ => break,
            }
        }
        let total = db::registry::search(
            conn,
            &app.state.registry,
            &RegistryFilter { page: 1, ..filter },
        )
        .expect("search")
        .total;
        assert_eq!(i64::try_from(seen.len()).expect("small"), total);
    });
}

#[tokio::test]
async fn the_schema_and_the_dcat_description_match_the_downloads() {
    let app = TestApp::with_demo();
    let schema = app.json("/open-data/pacts.schema.json").await;
    let fields: Vec<&str> = schema["fields"]
        .as_array()
        .expect("fields")
        .iter()
        .filter_map(|f| f["name"].as_str())
        .collect();
    assert_eq!(fields, COLUMNS.iter().map(|c| c.name).collect::<Vec<_>>());
    let page = app.get("/open-data").await;
    assert_eq!(page.status, StatusCode::OK);
    let columns = page.texts("table.columns tbody th code");
    assert_eq!(columns.len(), COLUMNS.len());
    assert!(
        page.body.contains("<code>green_space</code>"),
        "vocabularies listed"
    );
    let catalog = app.get("/open-data/catalog.jsonld").await;
    assert_eq!(catalog.header("content-type"), Some("application/ld+json"));
    let catalog = catalog.json();
    assert_eq!(catalog["@type"], "dcat:Catalog");
    let datasets = catalog["dcat:dataset"].as_array().expect("datasets");
    assert_eq!(datasets.len(), 3, "the registry and each of the two cities");
    for dataset in datasets {
        assert_eq!(dataset["@type"], "dcat:Dataset");
        assert!(dataset["dct:title"].is_array() || dataset["dct:title"].is_string());
        let distributions = dataset["dcat:distribution"]
            .as_array()
            .expect("distributions");
        assert_eq!(distributions.len(), 3);
        for distribution in distributions {
            let url = distribution["dcat:downloadURL"]["@id"]
                .as_str()
                .expect("url");
            let path = url
                .strip_prefix("http://127.0.0.1:8080")
                .expect("on this site");
            assert_eq!(app.get(path).await.status, StatusCode::OK, "{path}");
            assert!(
                distribution["dct:license"]["@id"]
                    .as_str()
                    .is_some_and(|l| l.contains("CC_BY_4_0"))
            );
        }
    }
}

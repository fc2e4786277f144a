//! Open data: the page describing the downloads and every column, and the
//! DCAT-AP description of the datasets (JSON-LD) for open-data portals.

use maud::{Markup, html};
use serde_json::{Value, json};

use super::layout;
use crate::db::cities::City;
use crate::domain::open_data::{COLUMNS, Type};
use crate::i18n::Lang;
use crate::web::Ctx;

/// The downloads, as (format name, path, media type).
pub const DOWNLOADS: [(&str, &str, &str); 3] = [
    ("CSV", "/open-data/pacts.csv", "text/csv"),
    ("JSON", "/open-data/pacts.json", "application/json"),
    (
        "GeoJSON",
        "/open-data/pacts.geojson",
        "application/geo+json",
    ),
];

fn type_key(kind: Type) -> &'static str {
    match kind {
        Type::String => "open-data-type-string",
        Type::Integer => "open-data-type-integer",
        Type::Number => "open-data-type-number",
        Type::Date => "open-data-type-date",
        Type::Datetime => "open-data-type-datetime",
        Type::Boolean => "open-data-type-boolean",
    }
}

/// `/open-data`.
pub fn page(ctx: &Ctx, cities: &[City]) -> Markup {
    let lang = ctx.lang;
    layout::page(
        ctx,
        &lang.t("open-data-title"),
        &html! {
            h1 { (lang.t("open-data-title")) }
            p.lead { (lang.t("open-data-lead")) }
            h2 { (lang.t("open-data-downloads")) }
            table.downloads {
                thead { tr {
                    th scope="col" { (lang.t("open-data-dataset")) }
                    @for (format, _, _) in DOWNLOADS { th scope="col" { (format) } }
                } }
                tbody {
                    tr {
                        th scope="row" { (lang.t("open-data-everything")) }
                        @for (format, path, media) in DOWNLOADS {
                            td { a href=(path) type=(media) download { (format) } }
                        }
                    }
                    @for city in cities {
                        tr {
                            th scope="row" { (city.name) }
                            @for (format, path, media) in DOWNLOADS {
                                td { a href=(format!("{path}?city={}", city.slug)) type=(media) download { (format) } }
                            }
                        }
                    }
                }
            }
            p { (lang.t("open-data-filters")) }
            p {
                a href="/open-data/pacts.schema.json" type="application/json" { (lang.t("open-data-table-schema")) }
                " · "
                a href="/open-data/catalog.jsonld" type="application/ld+json" { (lang.t("open-data-dcat")) }
            }
            h2 #columns { (lang.t("open-data-columns")) }
            p { (lang.t("open-data-privacy")) }
            table.columns {
                thead { tr {
                    th scope="col" { (lang.t("open-data-column")) }
                    th scope="col" { (lang.t("open-data-type")) }
                    th scope="col" { (lang.t("open-data-meaning")) }
                    th scope="col" { (lang.t("open-data-values")) }
                } }
                tbody {
                    @for column in COLUMNS {
                        tr {
                            th scope="row" { code { (column.name) } }
                            td {
                                (lang.t(type_key(column.kind)))
                                @if column.optional { " " (lang.t("open-data-optional")) }
                            }
                            td { (lang.t(&format!("open-data-column-{}", column.name))) }
                            td {
                                @if let Some(values) = column.vocabulary {
                                    ul.values {
                                        @for value in values() {
                                            li { code { (value) } }
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
            }
        },
    )
}

fn texts(key: &str) -> Value {
    Value::Array(
        Lang::ALL
            .iter()
            .map(|lang| json!({"@value": lang.t(key), "@language": lang.code()}))
            .collect(),
    )
}

fn dataset(site: &str, licence: &str, id: &str, query: &str, publisher: &str) -> Value {
    let distributions: Vec<Value> = DOWNLOADS
        .iter()
        .map(|(format, path, media)| {
            let url = format!("{site}{path}{query}");
            let file_type = match *format {
                "CSV" => "CSV",
                "JSON" => "JSON",
                _ => "GEOJSON",
            };
            json!({
                "@type": "dcat:Distribution",
                "dct:title": format,
                "dcat:accessURL": {"@id": url},
                "dcat:downloadURL": {"@id": url},
                "dcat:mediaType": {"@id": format!("https://www.iana.org/assignments/media-types/{media}")},
                "dct:format": {"@id": format!("http://publications.europa.eu/resource/authority/file-type/{file_type}")},
                "dct:license": {"@id": licence},
                "dct:conformsTo": {"@id": format!("{site}/open-data/pacts.schema.json")},
            })
        })
        .collect();
    json!({
        "@id": format!("{site}/open-data#{id}"),
        "@type": "dcat:Dataset",
        "dct:identifier": id,
        "dcat:landingPage": {"@id": format!("{site}/open-data")},
        "dct:publisher": {"@type": "foaf:Agent", "foaf:name": publisher},
        "dcat:theme": {"@id": "http://publications.europa.eu/resource/authority/data-theme/GOVE"},
        "dcat:keyword": ["pactes de collaboration", "patti di collaborazione", "collaboration pacts", "communs", "beni comuni", "urban commons"],
        "dcat:distribution": distributions,
    })
}

/// The DCAT-AP catalogue: the whole registry, and each city's part of it.
pub fn catalog(site: &str, licence: &str, cities: &[City]) -> Value {
    let mut all = dataset(site, licence, "pacts", "", "Pacta");
    all["dct:title"] = texts("open-data-dataset-title");
    all["dct:description"] = texts("open-data-dataset-description");
    let mut datasets = vec![all];
    for city in cities {
        let mut one = dataset(
            site,
            licence,
            &format!("pacts-{}", city.slug),
            &format!("?city={}", city.slug),
            &city.name,
        );
        one["dct:title"] = json!(format!(
            "{} — {}",
            city.name,
            Lang::parse(&city.language)
                .unwrap_or(Lang::Fr)
                .t("open-data-dataset-title")
        ));
        one["dct:description"] = texts("open-data-dataset-description");
        one["dct:spatial"] = json!({"@type": "dct:Location", "skos:prefLabel": city.name});
        datasets.push(one);
    }
    json!({
        "@context": {
            "dcat": "http://www.w3.org/ns/dcat#",
            "dct": "http://purl.org/dc/terms/",
            "foaf": "http://xmlns.com/foaf/0.1/",
            "skos": "http://www.w3.org/2004/02/skos/core#",
        },
        "@id": format!("{site}/open-data/catalog.jsonld"),
        "@type": "dcat:Catalog",
        "dct:title": texts("open-data-catalog-title"),
        "dct:description": texts("open-data-lead"),
        "dct:publisher": {"@type": "foaf:Agent", "foaf:name": "Pacta"},
        "foaf:homepage": {"@id": site},
        "dcat:dataset": datasets,
    })
}

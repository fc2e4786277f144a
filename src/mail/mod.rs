//! E-mail: building MIME messages with lettre and delivering them, by SMTP
//! when configured, else as `.eml` files in a folder (the demo default).
//! Nothing is sent from a request: messages go through the outbox
//! (`db::outbox`) and the worker in `jobs`.

pub mod messages;

use std::path::PathBuf;

use lettre::message::{Mailbox, MultiPart};
use lettre::{AsyncSmtpTransport, AsyncTransport, Message, Tokio1Executor};

use crate::db::outbox::QueuedMail;

/// How messages leave Pacta.
#[derive(Clone)]
pub enum Transport {
    /// A real SMTP server.
    Smtp(AsyncSmtpTransport<Tokio1Executor>),
    /// One `.eml` file per message in this folder, named after its outbox id
    /// (so writing it again replaces it rather than duplicating it).
    Files(PathBuf),
}

/// Builds and delivers messages.
#[derive(Clone)]
pub struct Mailer {
    transport: Transport,
    from: Mailbox,
    /// Domain used in Message-IDs.
    domain: String,
}

/// Why a message could not be built or delivered.
#[derive(Debug, thiserror::Error)]
pub enum MailError {
    /// A configured address that is not one.
    #[error("invalid address: {0}")]
    Address(#[from] lettre::address::AddressError),
    /// The message could not be assembled.
    #[error("cannot build the message: {0}")]
    Build(#[from] lettre::error::Error),
    /// The SMTP server refused or could not be reached.
    #[error("SMTP delivery failed: {0}")]
    Smtp(#[from] lettre::transport::smtp::Error),
    /// The folder could not be written.
    #[error("cannot write the message file: {0}")]
    File(#[from] std::io::Error),
}

impl Mailer {
    /// A mailer sending as `from` (`Name <address>`) through `transport`.
    pub fn new(transport: Transport, from: &str) -> Result<Mailer, MailError> {
        let from: Mailbox = from.parse()?;
        let domain = from.email.domain().to_owned();
        Ok(Mailer {
            transport,
            from,
            domain,
        })
    }

    /// An SMTP transport from a URL such as
    /// `smtp://user:password@mail.example.org:587?tls=required` or
    /// `smtps://…:465` (lettre's URL format).
    pub fn smtp_transport(url: &str) -> Result<Transport, MailError> {
        Ok(Transport::Smtp(
            AsyncSmtpTransport::<Tokio1Executor>::from_url(url)?.build(),
        ))
    }

    /// Builds the MIME message for a queued mail: plain text and HTML
    /// alternatives, UTF-8, with a Message-ID derived from the outbox id so
    /// that a retried delivery is recognisable as the same message.
    pub fn build(&self, mail: &QueuedMail) -> Result<Message, MailError> {
        let to = Mailbox::new(Some(mail.recipient_name.clone()), mail.recipient.parse()?);
        Ok(Message::builder()
            .from(self.from.clone())
            .to(to)
            .subject(mail.subject.clone())
            .message_id(Some(format!(
                "<outbox-{}-{}@{}>",
                mail.id,
                mail.created_at.and_utc().timestamp(),
                self.domain
            )))
            .date(mail.created_at.and_utc().into())
            .multipart(MultiPart::alternative_plain_html(
                mail.text_body.clone(),
                mail.html_body.clone(),
            ))?)
    }

    /// Delivers one queued mail.
    pub async fn deliver(&self, mail: &QueuedMail) -> Result<(), MailError> {
        let message = self.build(mail)?;
        match &self.transport {
            Transport::Smtp(smtp) => {
                smtp.send(message).await?;
            }
            Transport::Files(dir) => {
                tokio::fs::create_dir_all(dir).await?;
                let path = dir.join(format!("{:08}.eml", mail.id));
                tokio::fs::write(&path, message.formatted()).await?;
                tracing::info!(outbox = mail.id, file = %path.display(), "mail written to a file (no SMTP configured)");
            }
        }
        Ok(())
    }
}

//! A small SMTP server on loopback for the mail tests: it speaks enough of
//! RFC 5321 for lettre (EHLO, MAIL, RCPT, DATA, RSET, NOOP, QUIT), keeps
//! every message it accepts, and can be told to refuse with a temporary
//! error.

use std::net::SocketAddr;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};

use tokio::io::{AsyncBufReadExt, AsyncWriteExt, BufReader};
use tokio::net::TcpListener;

/// The running server.
pub struct SmtpServer {
    pub addr: SocketAddr,
    pub received: Arc<Mutex<Vec<String>>>,
    pub refuse: Arc<AtomicBool>,
    task: tokio::task::JoinHandle<()>,
}

impl Drop for SmtpServer {
    fn drop(&mut self) {
        self.task.abort();
    }
}

impl SmtpServer {
    /// Starts on a free loopback port.
    pub async fn start() -> SmtpServer {
        let listener = TcpListener::bind("127.0.0.1:0")
            .await
            .expect("bind loopback");
        let addr = listener.local_addr().expect("address");
        let received = Arc::new(Mutex::new(Vec::new()));
        let refuse = Arc::new(AtomicBool::new(false));
        let (store, refusing) = (received.clone(), refuse.clone());
        let task = tokio::spawn(async move {
            while let Ok((socket, _)) = listener.accept().await {
                let (store, refusing) = (store.clone(), refusing.clone());
                tokio::spawn(async move {
                    let (read, mut write) = socket.into_split();
                    let mut lines = BufReader::new(read).lines();
                    let _ = write.write_all(b"220 localhost test SMTP\r\n").await;
                    while let Ok(Some(line)) = lines.next_line().await {
                        let verb = line
                            .split_whitespace()
                            .next()
                            .unwrap_or("")
                            .to_ascii_uppercase();
                        let reply: &[u8] = match verb.as_str() {
                            "EHLO" | "HELO" => b"250-localhost\r\n250-8BITMIME\r\n250 SMTPUTF8\r\n",
                            "MAIL" if refusing.load(Ordering::SeqCst) => {
                                b"451 4.3.0 try again later\r\n"
                            }
                            "MAIL" | "RCPT" | "RSET" | "NOOP" => b"250 OK\r\n",
                            "DATA" => {
                                let _ = write.write_all(b"354 end with .\r\n").await;
                                let mut message = String::new();
                                while let Ok(Some(line)) = lines.next_line().await {
                                    if line == "." {
                                        break;
                                    }
                                    message.push_str(line.strip_prefix('.').unwrap_or(&line));
                                    message.push_str("\r\n");
                                }
                                store.lock().expect("store").push(message);
                                b"250 OK queued\r\n"
                            }
                            "QUIT" => {
                                let _ = write.write_all(b"221 bye\r\n").await;
                                break;
                            }
                            _ => b"502 not implemented\r\n",
                        };
                        if write.write_all(reply).await.is_err() {
                            break;
                        }
                    }
                });
            }
        });
        SmtpServer {
            addr,
            received,
            refuse,
            task,
        }
    }

    /// Messages received so far.
    pub fn messages(&self) -> Vec<String> {
        self.received.lock().expect("store").clone()
    }
}
